/// Which characters are Chinese, Japanese or Korean script or punctuation,
/// for the rule that drops line breaks between them.
enum CJK {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,  // radicals
            0x3000...0x303F,  // CJK punctuation: 。、「」
            0x3040...0x30FF,  // kana
            0x3100...0x312F, 0x31A0...0x31BF,  // bopomofo
            0x3400...0x4DBF, 0x4E00...0x9FFF,  // ideographs
            0xF900...0xFAFF,  // compatibility ideographs
            0xFE30...0xFE4F,  // compatibility forms
            0xFF00...0xFFEF,  // full-width forms: ，！？（）
            0x20000...0x3FFFF:  // supplementary ideographs
            true
        default:
            false
        }
    }
}
