import Foundation

/// What `blog serve` allows one client, so that no request, however large
/// or slow, keeps it from answering the others.
public struct RequestLimits: Sendable {
    /// The request line (method, target with its query, version): longer gets 414.
    public var requestLine = 8 * 1024
    /// Each header line: longer gets 431.
    public var headerLine = 8 * 1024
    /// The request line and headers together: larger gets 431.
    public var head = 32 * 1024
    /// Seconds from connecting to the end of the head: later gets 408.
    public var headTime: TimeInterval = 10
    /// Bytes of body after the head (GET and HEAD need none): more cuts the connection.
    public var body = 64 * 1024
    /// Connections open at once; more are answered 503 at once.
    public var connections = 256
    /// Seconds a connection may last (a long poll lasts 25 s).
    public var lifetime: TimeInterval = 60
    /// Long polls open at once; more are answered 503 at once (the page retries in a second).
    public var longPolls = 64
    /// Seconds a long poll waits for a rebuild before it answers anyway.
    public var longPollTime: TimeInterval = 25

    public init() {}
}
