import CVectorscan
import Foundation

/// One pattern for the multi-pattern engine: a Vectorscan (PCRE-subset) expression and its flags.
struct EnginePattern: Sendable {
    var expression: String
    var caseless: Bool = false
}

/// A raw match from the engine: which pattern, and the byte range it covered.
struct EngineMatch: Sendable, Equatable {
    var pattern: Int
    var start: Int
    var end: Int
}

/// Why the engine could not be built or run.
public enum EngineError: Error, Equatable, Sendable {
    /// A pattern did not compile; `index` is its position in the list handed to the engine.
    case compile(index: Int, message: String)
    /// Vectorscan could not allocate scratch space or failed while scanning.
    case runtime(String)
}

/// Every rule compiled once into one Vectorscan database, scanned in a single linear pass.
///
/// Vectorscan's automata never backtrack, so a 20 MB single-line file costs what its length costs.
final class PatternDatabase: @unchecked Sendable {
    // The database is immutable after compilation and safe to share between threads; each thread
    // scans with its own scratch (see `Scratch`).
    private let database: OpaquePointer
    private let prototype: OpaquePointer
    let count: Int

    init(_ patterns: [EnginePattern]) throws(EngineError) {
        count = patterns.count
        var flags: [UInt32] = patterns.map { pattern in
            var flag = UInt32(HS_FLAG_SOM_LEFTMOST | HS_FLAG_MULTILINE)
            if pattern.caseless { flag |= UInt32(HS_FLAG_CASELESS) }
            return flag
        }
        var ids: [UInt32] = (0..<patterns.count).map(UInt32.init)
        let cStrings: [UnsafeMutablePointer<CChar>?] = patterns.map { strdup($0.expression) }
        defer { cStrings.forEach { free($0) } }
        var expressions: [UnsafePointer<CChar>?] = cStrings.map { $0.map { UnsafePointer($0) } }
        var compiled: OpaquePointer?
        var failure: UnsafeMutablePointer<hs_compile_error_t>?
        let status = hs_compile_multi(
            &expressions, &flags, &ids, UInt32(patterns.count), UInt32(HS_MODE_BLOCK), nil, &compiled, &failure)
        guard status == HS_SUCCESS, let compiled else {
            let message = failure.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "status \(status)"
            let index = failure.map { Int($0.pointee.expression) } ?? -1
            if let failure { hs_free_compile_error(failure) }
            throw .compile(index: index, message: message)
        }
        var scratch: OpaquePointer?
        guard hs_alloc_scratch(compiled, &scratch) == HS_SUCCESS, let scratch else {
            hs_free_database(compiled)
            throw .runtime("could not allocate Vectorscan scratch space")
        }
        database = compiled
        prototype = scratch
    }

    deinit {
        hs_free_scratch(prototype)
        hs_free_database(database)
    }

    /// Scratch space for one thread's scans.
    final class Scratch {
        fileprivate let pointer: OpaquePointer
        fileprivate init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { hs_free_scratch(pointer) }
    }

    /// A new scratch region for one worker thread.
    func makeScratch() throws(EngineError) -> Scratch {
        var clone: OpaquePointer?
        guard hs_clone_scratch(prototype, &clone) == HS_SUCCESS, let clone else {
            throw .runtime("could not allocate Vectorscan scratch space")
        }
        return Scratch(clone)
    }

    /// Every match in `bytes`, in the order the engine reports them (by end offset).
    func scan(_ bytes: UnsafeRawBufferPointer, scratch: Scratch) throws(EngineError) -> [EngineMatch] {
        final class Sink { var matches: [EngineMatch] = [] }
        let sink = Sink()
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        // Vectorscan takes a 32-bit length; the scanner's size cap keeps every buffer far below it.
        guard bytes.count < Int(UInt32.max) else { throw .runtime("buffer too large for one scan") }
        let status = withExtendedLifetime(sink) {
            hs_scan(
                database, base.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), 0, scratch.pointer,
                { id, from, to, _, context in
                    guard let context else { return 0 }
                    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
                    sink.matches.append(EngineMatch(pattern: Int(id), start: Int(from), end: Int(to)))
                    return 0
                }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == HS_SUCCESS else { throw .runtime("Vectorscan scan failed with status \(status)") }
        return sink.matches
    }
}
