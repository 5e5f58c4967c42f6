/// A classified stretch of the code's UTF-8 bytes.
struct Token: Equatable {
    var kind: TokenKind
    var range: Range<Int>
}
