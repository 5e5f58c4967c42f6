/// Splits code into tokens by its language's table: one pass from left to
/// right in which every byte is looked at a bounded number of times, so the
/// time is linear in the code whatever it holds. Any text is accepted: an
/// unterminated comment or string runs to where its language would stop it.
///
/// The code is read as UTF-8 bytes. Every delimiter is ASCII and every
/// non-ASCII byte belongs to a word, a string or a comment, so a token never
/// starts or ends inside a character.
struct CodeScanner {
    let language: Language

    /// The tokens of `bytes` in order, not overlapping; the bytes between
    /// them are plain text.
    func tokens(in bytes: [UInt8]) -> [Token] {
        var pass = Pass(bytes: bytes, language: language)
        pass.run()
        return pass.tokens
    }
}

extension CodeScanner {
    private struct Pass {
        let bytes: [UInt8]
        let language: Language
        var tokens: [Token] = []
        var position = 0
        /// Only spaces since the line began.
        var atLineStart = true
        /// The kind the next word gets, after `def`, `class` and their kin.
        var introducedName: TokenKind?
        /// After `#include`, a `<…>` is a string.
        var expectsAngleString = false

        init(bytes: [UInt8], language: Language) {
            self.bytes = bytes
            self.language = language
        }

        mutating func run() {
            while position < bytes.count {
                let byte = bytes[position]
                if byte == .newline || byte == .carriageReturn {
                    atLineStart = true
                    expectsAngleString = false
                    position += 1
                    continue
                }
                if byte == .space || byte == .tab {
                    position += 1
                    continue
                }
                let lineStart = atLineStart
                atLineStart = false
                let introduced = introducedName, angleString = expectsAngleString
                introducedName = nil
                expectsAngleString = false
                if angleString && byte == UInt8(ascii: "<") {
                    scanAngleString()
                } else if !(scanComment() || scanString() || scanSigil(atLineStart: lineStart) || scanNumber() || scanWord(introduced: introduced)
                    || scanOperator())
                {
                    position += 1
                }
            }
        }

        // MARK: Tokens

        private mutating func scanComment() -> Bool {
            for comment in language.blockComments where matches(comment.open, at: position) {
                let start = position
                var depth = 1
                position += comment.open.utf8.count
                while position < bytes.count {
                    if comment.nests && matches(comment.open, at: position) {
                        depth += 1
                        position += comment.open.utf8.count
                    } else if matches(comment.close, at: position) {
                        depth -= 1
                        position += comment.close.utf8.count
                        if depth == 0 { break }
                    } else {
                        position += 1
                    }
                }
                append(.comment, from: start)
                return true
            }
            guard !language.commentsStartWords || startsWord(position) else { return false }
            for comment in language.lineComments where matches(comment, at: position) {
                let start = position
                position = lineEnd(from: position)
                append(.comment, from: start)
                return true
            }
            return false
        }

        private mutating func scanString() -> Bool {
            guard !language.strings.isEmpty, !language.stringsStartWords || startsWord(position) else { return false }
            var hashes = 0
            if language.hashDelimitedStrings {
                while position + hashes < bytes.count && bytes[position + hashes] == UInt8(ascii: "#") { hashes += 1 }
            }
            guard let form = stringForm(at: position + hashes) else { return false }
            let start = position
            position = stringEnd(form, contentStart: position + hashes + form.open.utf8.count, hashes: hashes)
            append(isKey(quoted: true) ? .keyword : .string, from: start)
            return true
        }

        private mutating func scanSigil(atLineStart: Bool) -> Bool {
            let byte = bytes[position]
            for sigil in language.sigils where sigil.prefix == byte && (atLineStart || !sigil.startsLine) {
                var end = position + 1
                switch sigil.body {
                case .word:
                    if sigil.startsLine {
                        while end < bytes.count && (bytes[end] == .space || bytes[end] == .tab) { end += 1 }
                    }
                    guard end < bytes.count, isWordStart(bytes[end]) else { continue }
                    let nameStart = end
                    end = wordEnd(from: end)
                    let name = String(decoding: bytes[nameStart..<end], as: UTF8.self)
                    expectsAngleString = language.angleStringDirectives.contains(name)
                case .controlSequence:
                    if end < bytes.count && bytes[end].isASCIILetter {
                        while end < bytes.count && bytes[end].isASCIILetter { end += 1 }
                    } else if end < bytes.count && bytes[end] < 0x80 && bytes[end] != .newline && bytes[end] != .carriageReturn {
                        end += 1
                    }
                case .parameter:
                    guard end < bytes.count else { continue }
                    let next = bytes[end]
                    if next == UInt8(ascii: "{") {
                        let close = lineEnd(from: end)
                        end = bytes[end..<close].firstIndex(of: UInt8(ascii: "}")).map { $0 + 1 } ?? close
                    } else if next.isASCIILetter || next == UInt8(ascii: "_") {
                        while end < bytes.count && (bytes[end].isASCIILetter || bytes[end].isASCIIDigit || bytes[end] == UInt8(ascii: "_")) { end += 1 }
                    } else if next.isASCIIDigit || Self.specialParameters.contains(next) {
                        end += 1
                    } else {
                        continue
                    }
                }
                let start = position
                position = end
                append(sigil.kind, from: start)
                return true
            }
            return false
        }

        private mutating func scanNumber() -> Bool {
            let byte = bytes[position]
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            guard byte.isASCIIDigit || (byte == UInt8(ascii: ".") && next.isASCIIDigit && !endsWord(before: position)) else { return false }
            let start = position
            let hexadecimal = byte == UInt8(ascii: "0") && (next | 0x20) == UInt8(ascii: "x")
            while position < bytes.count {
                let byte = bytes[position]
                if byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "_") || language.wordContinues.contains(byte) {
                    position += 1
                } else if byte == UInt8(ascii: "."), position + 1 < bytes.count, bytes[position + 1].isASCIIDigit {
                    position += 2
                } else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"), !hexadecimal, position > start,
                    bytes[position - 1] | 0x20 == UInt8(ascii: "e")
                {
                    // The sign of an exponent: `1e-3`.
                    position += 1
                } else {
                    break
                }
            }
            append(.number, from: start)
            return true
        }

        private mutating func scanWord(introduced: TokenKind?) -> Bool {
            guard isWordStart(bytes[position]) else { return false }
            let start = position
            position = wordEnd(from: position)
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            if !language.stringPrefixes.isEmpty, language.stringPrefixes.contains(word.lowercased()), let form = stringForm(at: position) {
                position = stringEnd(form, contentStart: position + form.open.utf8.count, hashes: 0)
                append(isKey(quoted: true) ? .keyword : .string, from: start)
                return true
            }
            let next = position < bytes.count ? bytes[position] : 0
            let call = language.callsAreFunctions && next == UInt8(ascii: "(")
            let kind: TokenKind?
            if language.keysBeforeColon && isKey(quoted: false) {
                kind = .keyword
            } else if isMember(start) {
                // `x.print`, `event.type`: a member's name is the program's own.
                kind = call ? .function : nil
            } else if language.keywords.contains(word) {
                kind = .keyword
                introducedName = language.introducers[word]
            } else if language.literals.contains(word) {
                kind = .literal
            } else if language.types.contains(word) {
                kind = .type
            } else if let introduced {
                kind = introduced
            } else if call {
                kind = .function
            } else if language.capitalizedWordsAreTypes && bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z") {
                kind = .type
            } else {
                kind = nil
            }
            if let kind { append(kind, from: start) }
            return true
        }

        private mutating func scanOperator() -> Bool {
            guard language.operators.contains(bytes[position]) else { return false }
            if let last = tokens.last, last.kind == .operator, last.range.upperBound == position {
                tokens[tokens.count - 1].range = last.range.lowerBound..<position + 1
            } else {
                tokens.append(Token(kind: .operator, range: position..<position + 1))
            }
            position += 1
            return true
        }

        private mutating func scanAngleString() {
            let start = position
            let end = lineEnd(from: position)
            position = bytes[start..<end].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? end
            append(.string, from: start)
        }

        // MARK: Helpers

        private static let specialParameters = Set<UInt8>(ascii: "@*#?$!-")

        private mutating func append(_ kind: TokenKind, from start: Int) {
            tokens.append(Token(kind: kind, range: start..<position))
        }

        private func matches(_ text: String, at index: Int) -> Bool {
            var index = index
            for byte in text.utf8 {
                guard index < bytes.count, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }

        private func stringForm(at index: Int) -> Language.StringForm? {
            language.strings.first { matches($0.open, at: index) }
        }

        /// Where a string whose content starts at `contentStart` ends (after
        /// its closing); with `hashes`, its closing and its escapes are
        /// followed or preceded by that many `#`.
        private func stringEnd(_ form: Language.StringForm, contentStart: Int, hashes: Int) -> Int {
            var index = contentStart
            while index < bytes.count {
                let byte = bytes[index]
                if !form.spansLines && (byte == .newline || byte == .carriageReturn) {
                    return index
                }
                if let escape = form.escape, byte == escape, hashesFollow(index + 1, count: hashes) {
                    index = min(index + 2 + hashes, bytes.count)
                    continue
                }
                if matches(form.close, at: index), hashesFollow(index + form.close.utf8.count, count: hashes) {
                    return index + form.close.utf8.count + hashes
                }
                index += 1
            }
            return bytes.count
        }

        private func hashesFollow(_ index: Int, count: Int) -> Bool {
            guard count > 0 else { return true }
            guard index + count <= bytes.count else { return false }
            return bytes[index..<index + count].allSatisfy { $0 == UInt8(ascii: "#") }
        }

        /// Whether the token that ended at `position` is followed by `:`, a
        /// key's mark; after a bare word the `:` must end the line or be
        /// followed by a space (`http://` is no key).
        private func isKey(quoted: Bool) -> Bool {
            guard language.keysBeforeColon else { return false }
            var index = position
            while index < bytes.count && (bytes[index] == .space || bytes[index] == .tab) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            guard !quoted else { return true }
            return index + 1 == bytes.count || [.space, .tab, .newline, .carriageReturn].contains(bytes[index + 1])
        }

        /// A name right after one `.` (not `..`, a range).
        private func isMember(_ start: Int) -> Bool {
            start > 0 && bytes[start - 1] == UInt8(ascii: ".") && (start < 2 || bytes[start - 2] != UInt8(ascii: "."))
        }

        private func lineEnd(from index: Int) -> Int {
            var index = index
            while index < bytes.count && bytes[index] != .newline && bytes[index] != .carriageReturn { index += 1 }
            return index
        }

        private func wordEnd(from index: Int) -> Int {
            var index = index
            while index < bytes.count && isWordContinue(bytes[index]) { index += 1 }
            return index
        }

        private func startsWord(_ index: Int) -> Bool {
            !endsWord(before: index)
        }

        private func endsWord(before index: Int) -> Bool {
            index > 0 && isWordContinue(bytes[index - 1])
        }

        private func isWordStart(_ byte: UInt8) -> Bool {
            byte.isASCIILetter || byte == UInt8(ascii: "_") || byte >= 0x80 || language.wordStarts.contains(byte)
        }

        private func isWordContinue(_ byte: UInt8) -> Bool {
            isWordStart(byte) || byte.isASCIIDigit || language.wordContinues.contains(byte)
        }
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")

    fileprivate var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    fileprivate var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
