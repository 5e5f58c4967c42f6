/// The version of blog and its library, as `blog --version` says it and a
/// git tag marks it. Raised with every change a user or an embedding tool
/// can see: the middle number for new features, the last for fixes.
public enum BlogVersion {
    public static let current = "0.5.0"
}
