/// One token of TeX source, with its offset (in Unicode scalars) for errors.
struct TeXToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `\alpha`, `\,`, `\\` (the name without the backslash).
        case command(String)
        /// Any other character: letters, digits, symbols, CJK.
        case character(Unicode.Scalar)
        case beginGroup
        case endGroup
        case raise
        case lower
        case alignment
        /// `#1` in a macro body.
        case parameter(Int)
        /// A run of white space.
        case space
        case tilde
        case prime
    }

    var kind: Kind
    var offset: Int
}
