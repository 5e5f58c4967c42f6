import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The listening socket of `blog serve`, in front of FlyingFox.
///
/// FlyingFox 0.27 reads a request head without any limit (a 1 MB request
/// line costs it seconds, the time growing with the square of the length),
/// lets a client that trickles bytes hold its connection for ever, and stops
/// listening for good when `accept` fails for want of descriptors (EMFILE).
/// It has no setting for either, and no way to hand it a connection. So
/// the gate owns the port: it accepts connections itself, waiting and
/// retrying when descriptors run out; bounds how many it holds and how long
/// each lives; reads each request head within `RequestLimits`, answering
/// 414, 431 or 408 itself; and relays a head within them, with
/// `Connection: close` added so that every request of a connection passes
/// the gate, to FlyingFox listening on a Unix socket of this process. The
/// gate only finds where the head ends and how long its first line is;
/// FlyingFox parses it.
actor ConnectionGate {
    private let listener: AsyncSocket
    private let pool: any AsyncSocketPool
    private let inner: sockaddr_un
    private let limits: RequestLimits
    private let log: @Sendable (String) -> Void
    private var open = 0
    private var outOfDescriptors = false

    /// Listens on `host:port` (already known to be free) and relays to `inner`.
    init(host: String, port: UInt16, relayingTo inner: sockaddr_un, limits: RequestLimits, log: @escaping @Sendable (String) -> Void) async throws {
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: sockaddr_in.inet(ip4: host, port: port))
        try socket.listen()
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        self.pool = pool
        listener = try AsyncSocket(socket: socket, pool: pool)
        self.inner = inner
        self.limits = limits
        self.log = log
    }

    /// Accepts and relays until cancelled; connections still open are cut.
    func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { [pool] in try? await pool.run() }
            var pause: UInt64 = 10_000_000
            while !Task.isCancelled {
                do {
                    let client = try await listener.accept()
                    pause = 10_000_000
                    guard open < limits.connections else {
                        group.addTask {
                            await Self.refuse(client, .serviceUnavailable, "too many connections at once")
                            try? client.close()
                        }
                        continue
                    }
                    open += 1
                    group.addTask {
                        await self.relay(client)
                        await self.closed()
                    }
                } catch SocketError.failed(_, let number, _) where [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(number) {
                    // The connection waits in the backlog until a descriptor is free.
                    shortOfDescriptors(number)
                    try? await Task.sleep(nanoseconds: pause)
                    pause = min(pause * 2, 500_000_000)
                } catch SocketError.failed(_, let number, _) where number == ECONNABORTED || number == EINTR {
                    continue
                } catch {
                    break
                }
            }
            group.cancelAll()
        }
        try? listener.close()
    }

    private func closed() {
        open -= 1
    }

    /// Said once for each time descriptors run out, not for every connection.
    private func shortOfDescriptors(_ number: Int32) {
        guard !outOfDescriptors else { return }
        outOfDescriptors = true
        log("out of file descriptors (\(String(cString: strerror(number)))); answering again as soon as some are free")
    }

    private func relayed() {
        guard outOfDescriptors else { return }
        outOfDescriptors = false
        log("answering again")
    }
}

private extension ConnectionGate {
    struct Refusal: Error {
        var status: HTTPStatusCode
        var text: String
    }

    enum Ending: Sendable {
        case clientDone, answered, cut
    }

    /// One request: its head read within the limits, then the bytes relayed
    /// both ways until FlyingFox has answered and closed.
    nonisolated func relay(_ client: AsyncSocket) async {
        defer { try? client.close() }
        let (head, rest): ([UInt8], [UInt8])
        do {
            (head, rest) = try await within(limits.headTime, or: Refusal(status: HTTPStatusCode(408, phrase: "Request Timeout"), text: "the request head took longer than \(Int(limits.headTime)) s")) {
                try await self.readHead(from: client)
            }
        } catch let refusal as Refusal {
            // A client sending too much is likely still sending; one too slow is not.
            await Self.refuse(client, refusal.status, refusal.text, draining: refusal.status.code != 408)
            return
        } catch {
            return
        }
        let server: AsyncSocket
        do {
            server = try await connectInside()
        } catch {
            if case SocketError.failed(_, let number, _) = error, number == EMFILE || number == ENFILE {
                await shortOfDescriptors(number)
            }
            await Self.refuse(client, .serviceUnavailable, "the server is short of resources; try again")
            return
        }
        defer { try? server.close() }
        await relayed()
        let limits = limits
        _ = try? await within(limits.lifetime, or: CancellationError()) {
            await withTaskGroup(of: Ending.self) { group in
                group.addTask {
                    do {
                        try await server.write(Data(Self.closing(head) + rest))
                        var sent = rest.count
                        while true {
                            let bytes = try await client.read(atMost: 16384)
                            sent += bytes.count
                            guard sent <= limits.body else { return .cut }
                            try await server.write(Data(bytes))
                        }
                    } catch SocketError.disconnected {
                        return .clientDone
                    } catch {
                        return .cut
                    }
                }
                group.addTask {
                    while let bytes = try? await server.read(atMost: 65536) {
                        guard (try? await client.write(Data(bytes))) != nil else { return .cut }
                    }
                    return .answered
                }
                // A client that stops sending may still be waiting for its answer.
                while let ending = await group.next(), ending == .clientDone {}
                group.cancelAll()
            }
        }
    }

    /// A connection to FlyingFox, closed again if it fails (FlyingSocks'
    /// `AsyncSocket.connected` keeps the descriptor of a failed connect).
    nonisolated func connectInside() async throws -> AsyncSocket {
        let socket = try Socket(domain: AF_UNIX, type: .stream)
        do {
            let connection = try AsyncSocket(socket: socket, pool: pool)
            try await within(1, or: SocketError.disconnected) { try await connection.connect(to: self.inner) }
            return connection
        } catch {
            try? socket.close()
            throw error
        }
    }

    /// The request head (through its empty line) and any bytes read after
    /// it. Every line is bounded, not only the whole: FlyingFox's time for a
    /// line grows with the square of its length (16 KiB: 0.3 s in a release
    /// build; 1 MB: minutes).
    nonisolated func readHead(from client: AsyncSocket) async throws -> ([UInt8], [UInt8]) {
        var bytes: [UInt8] = []
        var lineStart = 0
        var isFirstLine = true
        while true {
            let scanned = bytes.count
            bytes += try await client.read(atMost: 4096)
            var index = scanned
            while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
                let length = newline - lineStart
                try checkLine(length: length, isFirst: isFirstLine)
                // An empty line ("\r\n" or "\n") ends the head.
                if !isFirstLine, length == 0 || length == 1 && bytes[lineStart] == UInt8(ascii: "\r") {
                    guard newline < limits.head else { throw headTooLarge }
                    return (Array(bytes[...newline]), Array(bytes[(newline + 1)...]))
                }
                isFirstLine = false
                lineStart = newline + 1
                index = lineStart
            }
            try checkLine(length: bytes.count - lineStart, isFirst: isFirstLine)
            guard bytes.count <= limits.head else { throw headTooLarge }
        }
    }

    nonisolated var headTooLarge: Refusal {
        Refusal(status: HTTPStatusCode(431, phrase: "Request Header Fields Too Large"), text: "the request head is larger than \(limits.head) bytes")
    }

    nonisolated func checkLine(length: Int, isFirst: Bool) throws {
        if isFirst, length > limits.requestLine {
            throw Refusal(status: HTTPStatusCode(414, phrase: "URI Too Long"), text: "the request line is longer than \(limits.requestLine) bytes")
        }
        if !isFirst, length > limits.headerLine {
            throw Refusal(status: HTTPStatusCode(431, phrase: "Request Header Fields Too Large"), text: "a header line is longer than \(limits.headerLine) bytes")
        }
    }

    /// `head` with `Connection: close` as its last field (FlyingFox keeps the last of a repeated field).
    static func closing(_ head: [UInt8]) -> [UInt8] {
        let blank = head.suffix(2) == [UInt8(ascii: "\r"), UInt8(ascii: "\n")] ? 2 : 1
        return Array(head.dropLast(blank)) + Array("Connection: close\r\n\r\n".utf8)
    }

    /// Answers `status` and shuts the sending side; `draining` then reads
    /// what the client still sends, for a moment: closing with unread bytes
    /// resets the connection, and the client may lose the answer. The
    /// caller closes `client`, once: a second close could shut a newer
    /// connection that the kernel gave the same descriptor.
    static func refuse(_ client: AsyncSocket, _ status: HTTPStatusCode, _ text: String, draining: Bool = false) async {
        let body = text + "\n"
        let reply = "HTTP/1.1 \(status.code) \(status.phrase)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
        _ = try? await within(1, or: CancellationError()) {
            try await client.write(Data(reply.utf8))
            shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
            var drained = 0
            while draining, drained < 4 * 1024 * 1024 {
                drained += try await client.read(atMost: 65536).count
            }
        }
    }
}

/// `body`'s value, or `timeout` thrown after `seconds` (`body` is cancelled then).
private func within<T: Sendable>(_ seconds: TimeInterval, or timeout: some Error, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            throw timeout
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}
