/// The pages a build made, by output path, with what each was made from: its
/// view and the text of the templates it used. A page whose view and
/// templates are the same as last time is the same file, so `blog serve`
/// does not template it again. No list of which pages an edit affects is
/// kept anywhere: comparing what a page shows decides it.
struct PageMemo: Sendable {
    struct Entry: Sendable {
        var view: PageView
        var templates: [String: String]
        var file: OutputFile
    }

    private(set) var entries: [String: Entry] = [:]

    /// The file made last time from the same view and templates, if any.
    func file(at path: String, view: PageView, templates: [String: String]) -> OutputFile? {
        guard let entry = entries[path], entry.templates == templates, entry.view == view else { return nil }
        return entry.file
    }

    mutating func record(_ entry: Entry) {
        entries[entry.file.path] = entry
    }
}
