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
