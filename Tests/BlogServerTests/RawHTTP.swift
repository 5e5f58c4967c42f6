import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A client that sends bytes exactly as written over a blocking loopback
/// socket, so requests reach the server as a browser, a script or an
/// attacker would send them. Call it off the cooperative pool the server
/// runs on (`RawHTTP.reply` does).
enum RawHTTP {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// A connection to `ip:port`, reads timing out after `timeout` seconds.
    static func connect(ip: String = "127.0.0.1", port: UInt16, timeout: Int = 30) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, ip, &address.sin_addr)
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            close(descriptor)
            throw error
        }
        return descriptor
    }

    /// Sends all of `data` (false if the server closed first).
    @discardableResult
    static func send(_ descriptor: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let count = Glibc.send(descriptor, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return false }
                sent += count
            }
            return true
        }
    }

    /// Everything the server sends until it closes (or the read times out).
    static func receive(_ descriptor: Int32) -> Reply {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return parse(data)
    }

    /// One request on a new connection, its reply read until the server closes.
    static func exchange(_ request: Data, ip: String = "127.0.0.1", port: UInt16, timeout: Int = 30) throws -> Reply {
        let descriptor = try connect(ip: ip, port: port, timeout: timeout)
        defer { close(descriptor) }
        send(descriptor, request)
        return receive(descriptor)
    }

    /// The same from async code: the blocking calls run on a Dispatch thread.
    static func reply(to request: String, port: UInt16, timeout: Int = 30) async throws -> Reply {
        try await reply(port: port, timeout: timeout) { descriptor in send(descriptor, Data(request.utf8)) }
    }

    /// The reply to whatever `sending` writes on a new connection (in
    /// pieces, slowly, too much), read until the server closes; the
    /// blocking calls run on a Dispatch thread.
    static func reply(port: UInt16, timeout: Int = 30, sending: @escaping @Sendable (Int32) -> Void) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    let descriptor = try connect(port: port, timeout: timeout)
                    defer { close(descriptor) }
                    sending(descriptor)
                    return receive(descriptor)
                })
            }
        }
    }

    /// Status 0 when nothing came back.
    static func parse(_ data: Data) -> Reply {
        let response = String(decoding: data, as: UTF8.self)
        let parts = response.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2 { fields[pair[0].lowercased()] = pair[1] }
        }
        let status = head[0].split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return Reply(status: status, headers: fields, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
