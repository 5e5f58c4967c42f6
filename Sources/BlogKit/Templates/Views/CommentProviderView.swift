import Mustache

/// `site.comments.…`: the service readers write comments with, as one of
/// `giscus`, `utterances`, `waline`, `twikoo`, holding its settings; the
/// theme's `partials/comment-form` embeds it. Settings that go into a script
/// come as JSON too (`server_url_json`), escaped for a `<script>`.
struct CommentProviderView: Hashable, Sendable, Encodable, MustacheParent {
    var provider: CommentProvider

    func child(named name: String) -> Any? {
        switch (name, provider) {
        case let ("giscus", .giscus(repo, repoID, category, categoryID)):
            ["repo": repo, "repo_id": repoID, "category": category, "category_id": categoryID]
        case let ("utterances", .utterances(repo, issueTerm)):
            ["repo": repo, "issue_term": issueTerm]
        case let ("waline", .waline(serverURL)):
            ["server_url_json": JSONText.quoted(serverURL)]
        case let ("twikoo", .twikoo(envID)):
            ["env_id_json": JSONText.quoted(envID)]
        default: nil
        }
    }
}
