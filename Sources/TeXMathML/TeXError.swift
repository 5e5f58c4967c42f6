/// Why a formula could not be converted. The caller falls back to MathJax
/// for that formula and reports this.
public struct TeXError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The command or environment at fault, e.g. `\foo` or `\begin{foo}`, if one is.
    public var command: String?
    /// Offset in Unicode scalars into the formula's TeX.
    public var offset: Int
    /// Whether `command` is one the converter does not know: a site may
    /// define it as a macro.
    public var isUnknownCommand = false

    public init(_ message: String, command: String? = nil, offset: Int = 0) {
        self.message = message
        self.command = command
        self.offset = offset
    }

    public var description: String { message }
}
