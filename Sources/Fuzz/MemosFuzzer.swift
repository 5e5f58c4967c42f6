import Foundation

@testable import BlogKit

/// libFuzzer target for what `blog build` reads back from
/// `.blog-cache/memos/` (`make fuzz`, seeded with the example blog's):
/// any bytes, as a damaged or foreign file would hold, read as a file of
/// renders and as the kinds of values the memos' index holds. Bytes that
/// do not read are left out, never a crash; what does read encodes and
/// reads back again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMemos(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = MemosFuzzer.store.renders(in: bytes, listed: [], texts: [:])
    let decoder = BinaryDecoder()
    if let post = try? decoder.decode(RenderedPost.self, from: bytes) {
        _ = try! decoder.decode(RenderedPost.self, from: try! BinaryEncoder().encode(post))
    }
    if let table = try? decoder.decode([String: [URLPath?]].self, from: bytes) {
        precondition(try! decoder.decode([String: [URLPath?]].self, from: try! BinaryEncoder().encode(table)) == table, "a table read back otherwise")
    }
    _ = try? decoder.decode([String: FileStamp].self, from: bytes)
    return 0
}

enum MemosFuzzer {
    static let store = StoredMemos.Store(siteRoot: URL(fileURLWithPath: "/nonexistent-site")) { _ in }!
}
