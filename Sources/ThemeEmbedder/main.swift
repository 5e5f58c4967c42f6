import Foundation

// Writes a Swift file holding every file of a theme folder, base64-encoded
// (any bytes survive, and the compiler reads one string literal per file fast).
// Usage: ThemeEmbedder THEME_DIR OUTPUT.swift

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder THEME_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let theme = URL(fileURLWithPath: arguments[1]).standardizedFileURL
var entries: [(path: String, data: Data)] = []
if let walker = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        let path = String(url.standardizedFileURL.path.dropFirst(theme.path.count + 1))
        guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
        entries.append((path, try Data(contentsOf: url)))
    }
}
entries.sort { $0.path < $1.path }
var source = """
    // Generated from the package's Templates/ folder by the EmbedTheme plugin.

    /// The files of the default theme, by path inside `Templates/`.
    enum DefaultTheme {
        static let base64Files: [(path: String, base64: String)] = [

    """
for entry in entries {
    let path = entry.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(path)\", \"\(entry.data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
