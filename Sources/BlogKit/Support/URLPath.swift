import Foundation

/// A site-relative URL path such as `/tag/深度学习/`, kept readable and
/// turned into the forms pages, feeds and the output folder need.
struct URLPath: Sendable, Hashable, Comparable, Codable {
    /// Starts with `/`; ends with `/` for pages written as `index.html`.
    let value: String

    init(_ value: String) {
        self.value = value.hasPrefix("/") ? value : "/" + value
    }

    /// The file this page is written to, relative to the output folder.
    var outputFile: String {
        let trimmed = String(value.dropFirst())
        return value.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    /// Percent-encoded, as it goes on the wire (Chinese stays Chinese in the
    /// browser's address bar, which decodes it): every byte outside RFC 3986's
    /// path characters (less `;`) as `%XX`. On bytes, as every link of every
    /// page goes through here.
    var encoded: String {
        let bytes = value.utf8
        guard !bytes.allSatisfy({ Self.isAllowed($0) }) else { return value }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            if Self.isAllowed(byte) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 15)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func < (lhs: URLPath, rhs: URLPath) -> Bool { lhs.value < rhs.value }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Unreserved characters, sub-delimiters but `;`, `:`, `@` and `/`.
    private static let allowedBytes: [Bool] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || "-._~!$&'()*+,=:@/".unicodeScalars.contains(scalar)
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        byte < 128 && allowedBytes[Int(byte)]
    }

    /// Whether `text` can stand as one segment of a URL and a folder name as
    /// written (an id, a slug): not empty, not `.` or `..` (which would lead
    /// out of the folder), no `/`, `\\`, `?`, `#` or white space.
    static func isSegment(_ text: String) -> Bool {
        !text.isEmpty && text != "." && text != ".."
            && !text.contains(where: { $0 == "/" || $0 == "\\" || $0 == "?" || $0 == "#" || $0.isWhitespace })
    }

    /// A taxonomy name made safe for one path segment: lowercased, spaces as
    /// `-`, characters that mean something in a URL or a file name removed.
    static func segment(for name: String) -> String {
        var result = ""
        // Scalars, not characters: grapheme breaking is slow and every tag of
        // every post goes through here.
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                if !result.hasSuffix("-") { result.append("-") }
            } else if !removed.contains(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        let scalars = result.unicodeScalars
        let kept = { (scalar: Unicode.Scalar) in scalar != "-" && scalar != "." }
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) else { return "-" }
        return String(scalars[first...last])
    }

    private static let removed: Set<Unicode.Scalar> = Set("/\\?#%\"'<>|:*".unicodeScalars)
}
