/// The rule for the names a build gives files and folders in the output:
/// what the file systems a site is built on and deployed to can hold. Every
/// output path is checked before anything is written, so a tag too long for
/// a file name fails the build at the post, not halfway through writing.
enum FileName {
    /// Linux's NAME_MAX, and the limit of the common file systems elsewhere.
    static let maximumBytes = 255

    /// Why `path` (relative, `/`-separated) cannot be written, naming the
    /// component at fault, or nil if it can.
    static func problem(withPath path: String) -> String? {
        guard !isPlainlyWritable(path) else { return nil }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return "an empty name in \(path)" }
            // `..` would lead out of the folder; hidden names are the
            // output's own (.blog-manifest, .blog-staging) or a deploy's (.git).
            if component.hasPrefix(".") { return "'\(component)' in \(path) (a name may not start with '.')" }
            if component.utf8.count > maximumBytes {
                return "the name '\(component.prefix(20))…' is \(component.utf8.count) bytes long; a file name holds at most \(maximumBytes)"
            }
            if component.unicodeScalars.contains(where: isControl) {
                var shown = String.UnicodeScalarView()
                shown.append(contentsOf: component.unicodeScalars.filter { !isControl($0) })
                return "the name '\(String(shown))' holds a control character"
            }
        }
        return nil
    }

    /// One pass over the bytes that clears most paths: no empty name, none
    /// starting with `.` or too long, and no byte of a control character
    /// (C1 controls are U+0080–U+009F, which UTF-8 begins with 0xC2: any
    /// 0xC2 takes the thorough way).
    private static func isPlainlyWritable(_ path: String) -> Bool {
        var length = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard length > 0 else { return false }
                length = 0
                continue
            }
            guard !(length == 0 && byte == UInt8(ascii: ".")), byte >= 0x20, byte != 0x7F, byte != 0xC2 else { return false }
            length += 1
            guard length <= maximumBytes else { return false }
        }
        return length > 0
    }

    /// The error of a build that would write at `path`, or nil if it may.
    static func error(withPath path: String) -> BuildError? {
        problem(withPath: path).map { BuildError(path: path, message: "cannot write \(path): \($0)", hint: "rename what this file is made from") }
    }

    /// Control characters: no file name should hold one (NUL cannot), and
    /// the manifest and every log are one path per line.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
