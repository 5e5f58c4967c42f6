import Foundation

/// The default theme built into the binary (generated from `Templates/` by
/// the EmbedTheme plugin), decoded.
public enum DefaultThemeFiles {
    /// Every file of the theme, by path inside `Templates/`, sorted by path.
    public static let all: [(path: String, data: Data)] = DefaultTheme.base64Files.map { entry in
        (entry.path, Data(base64Encoded: entry.base64) ?? Data())
    }
}
