import CVectorscan
import Foundation
import RepoAccess

/// One pattern for the multi-pattern engine: a Vectorscan (PCRE-subset) expression and its flags.
public struct EnginePattern: Sendable {
    public var expression: String
    public var caseless: Bool = false
    /// UTF-8 mode: `.` and classes take whole characters, `\p{Lu}` works (`\b` stays ASCII).
    public var unicode: Bool = false
    /// The id the engine reports for a match (the rule's index in its rule set).
    public var id: Int
    /// Whether a match reports where it starts (its leftmost start). Without it, `EngineMatch.start`
    /// is 0 and the pattern scans faster: tracking starts is the engine's dearest feature.
    public var reportsStart: Bool

    public init(expression: String, caseless: Bool = false, unicode: Bool = false, id: Int, reportsStart: Bool = true) {
        self.expression = expression
        self.caseless = caseless
        self.unicode = unicode
        self.id = id
        self.reportsStart = reportsStart
    }
}

/// A raw match from the engine: which pattern, and the byte range it covered (leftmost start).
public struct EngineMatch: Sendable, Equatable {
    public var pattern: Int
    public var start: Int
    public var end: Int
}

/// Why the engine could not be built or run.
public enum EngineError: Error, Equatable, Sendable {
    /// A pattern did not compile; `index` is its id (its rule's index).
    case compile(index: Int, message: String)
    /// Vectorscan could not allocate scratch space or failed while scanning.
    case runtime(String)
}

/// Every rule compiled once into one Vectorscan database, scanned in a single linear pass.
///
/// Vectorscan's automata never backtrack, so a 20 MB single-line file costs what its length costs.
public final class PatternDatabase: @unchecked Sendable {
    // The database is immutable after compilation and safe to share between threads; each thread
    // scans with its own scratch (see `Scratch`).
    private let database: OpaquePointer
    private let prototype: OpaquePointer
    let count: Int

    /// Compiles `patterns`, or loads the same database compiled by an earlier run from `cache`:
    /// compiling costs ~150 ms, loading ~1 ms, and `guard` runs on every prompt.
    public convenience init(_ patterns: [EnginePattern], cache: URL?) throws(EngineError) {
        let key = Self.cacheKey(patterns)
        let file = cache?.appendingPathComponent("rules-\(key).hsdb")
        if let file, let database = Self.deserialize(file: file.path) {
            // Touched when used, so pruning (by age) keeps the databases still in use.
            utimes(file.path, nil)
            try self.init(database: database, count: patterns.count)
            return
        }
        try self.init(patterns)
        if let file {
            store(file)
            Self.prune(file.deletingLastPathComponent(), keeping: file.lastPathComponent)
        }
    }

    /// How long a cached database unused by any run is kept, and how many are kept at most: each phiguard
    /// version and each policy compiles its own (some 650 kB), and nothing else would ever remove them.
    static let cacheAge: TimeInterval = 30 * 24 * 3600
    static let cacheLimit = 32

    /// Removes the cache's databases unused for `cacheAge`, and the oldest beyond `cacheLimit`; leftover
    /// temporary files of interrupted writes older than a day too. Errors are ignored: a cache entry
    /// another process removes first is simply gone.
    static func prune(_ folder: URL, keeping current: String, now: Date = Date()) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        var databases: [(name: String, modified: Date)] = []
        for name in names where name != current {
            let path = folder.appendingPathComponent(name).path
            guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { continue }
            if name.hasPrefix("rules-"), name.hasSuffix(".hsdb") {
                databases.append((name, modified))
            } else if name.hasPrefix(".rules-"), name.hasSuffix(".tmp"), now.timeIntervalSince(modified) > 24 * 3600 {
                try? manager.removeItem(atPath: path)
            }
        }
        databases.sort { $0.modified > $1.modified }
        for (index, database) in databases.enumerated() where index >= cacheLimit - 1 || now.timeIntervalSince(database.modified) > cacheAge {
            try? manager.removeItem(atPath: folder.appendingPathComponent(database.name).path)
        }
    }

    private init(database: OpaquePointer, count: Int) throws(EngineError) {
        var scratch: OpaquePointer?
        guard hs_alloc_scratch(database, &scratch) == HS_SUCCESS, let scratch else {
            hs_free_database(database)
            throw .runtime("could not allocate Vectorscan scratch space")
        }
        self.database = database
        prototype = scratch
        self.count = count
    }

    /// SHA-256 over the engine version, the host's instruction set and every expression with its flags.
    private static func cacheKey(_ patterns: [EnginePattern]) -> String {
        var material = "phiguard-hsdb-v2\u{0}" + String(cString: hs_version()) + "\u{0}"
        material += "features \(ScanEntryPoint.platform.cpu_features) tune \(ScanEntryPoint.platform.tune)\u{0}"
        for pattern in patterns {
            material += "\(pattern.id)\u{0}" + pattern.expression + "\u{0}" + (pattern.caseless ? "i" : "") + (pattern.unicode ? "u" : "") + (pattern.reportsStart ? "" : "e") + "\u{0}"
        }
        return String(Hashing.sha256Hex(material).prefix(32))
    }

    /// The database stored in `file`, read through a private mapping (Vectorscan copies it out):
    /// Foundation's file reading cost a millisecond per database on every prompt.
    private static func deserialize(file: String) -> OpaquePointer? {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let length = Int(status.st_size)
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else { return nil }
        defer { munmap(mapped, length) }
        var database: OpaquePointer?
        let result = hs_deserialize_database(mapped.assumingMemoryBound(to: CChar.self), length, &database)
        return result == HS_SUCCESS ? database : nil
    }

    /// Writes the compiled database atomically; a cache that cannot be written is simply not used.
    private func store(_ file: URL) {
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        guard hs_serialize_database(database, &bytes, &length) == HS_SUCCESS, let bytes else { return }
        defer { free(bytes) }
        let data = Data(bytes: bytes, count: length)
        let folder = file.deletingLastPathComponent()
        // Unique per writer: threads of one process (the test suite) may store the same database at once.
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Where compiled databases are kept: `$PHIGUARD_CACHE_DIR`, `$XDG_CACHE_HOME/phiguard` or `~/.cache/phiguard`.
    public static var defaultCacheDirectory: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["PHIGUARD_CACHE_DIR"] { return explicit.isEmpty ? nil : URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return URL(fileURLWithPath: xdg).appendingPathComponent("phiguard") }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/phiguard")
    }

    init(_ patterns: [EnginePattern]) throws(EngineError) {
        count = patterns.count
        var flags: [UInt32] = patterns.map { pattern in
            var flag = UInt32(pattern.reportsStart ? HS_FLAG_SOM_LEFTMOST | HS_FLAG_MULTILINE : HS_FLAG_MULTILINE)
            if pattern.caseless { flag |= UInt32(HS_FLAG_CASELESS) }
            if pattern.unicode { flag |= UInt32(HS_FLAG_UTF8) }
            return flag
        }
        var ids: [UInt32] = patterns.map { UInt32($0.id) }
        let cStrings: [UnsafeMutablePointer<CChar>?] = patterns.map { strdup($0.expression) }
        defer { cStrings.forEach { free($0) } }
        var expressions: [UnsafePointer<CChar>?] = cStrings.map { $0.map { UnsafePointer($0) } }
        var compiled: OpaquePointer?
        var failure: UnsafeMutablePointer<hs_compile_error_t>?
        var platform = ScanEntryPoint.platform
        let status = hs_compile_multi(
            &expressions, &flags, &ids, UInt32(patterns.count), UInt32(HS_MODE_BLOCK), &platform, &compiled, &failure)
        guard status == HS_SUCCESS, let compiled else {
            let message = failure.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "status \(status)"
            let index = failure.map { Int($0.pointee.expression) }.flatMap { $0 >= 0 && $0 < patterns.count ? patterns[$0].id : nil } ?? -1
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
    public final class Scratch {
        fileprivate var pointer: OpaquePointer
        fileprivate init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { hs_free_scratch(pointer) }
    }

    /// Makes `scratch` (cloned from another database) large enough for this one too.
    func grow(_ scratch: Scratch) throws(EngineError) {
        var pointer: OpaquePointer? = scratch.pointer
        guard hs_alloc_scratch(database, &pointer) == HS_SUCCESS, let pointer else {
            throw .runtime("could not allocate Vectorscan scratch space")
        }
        scratch.pointer = pointer
    }

    /// A new scratch region for one worker thread.
    public func makeScratch() throws(EngineError) -> Scratch {
        var clone: OpaquePointer?
        guard hs_clone_scratch(prototype, &clone) == HS_SUCCESS, let clone else {
            throw .runtime("could not allocate Vectorscan scratch space")
        }
        return Scratch(clone)
    }

    /// Every match in `bytes`, in the order the engine reports them (by end offset).
    public func scan(_ bytes: UnsafeRawBufferPointer, scratch: Scratch) throws(EngineError) -> [EngineMatch] {
        final class Sink { var matches: [EngineMatch] = [] }
        let sink = Sink()
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        // Vectorscan takes a 32-bit length; the scanner's size cap keeps every buffer far below it.
        guard bytes.count < Int(UInt32.max) else { throw .runtime("buffer too large for one scan") }
        let status = withExtendedLifetime(sink) {
            ScanEntryPoint.scan(
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

/// Which of Vectorscan's scan implementations to call, and the platform to compile for.
///
/// Debian's Vectorscan 5.4.9 picks its AVX-512 code on CPUs that have it, and that code misses
/// matches (its accelerated tail scans skip bytes: an address whose `@` sits past the first 64 bytes
/// of a buffer went unreported here). The library also exports its AVX2 build of `hs_scan`: where
/// the CPU has AVX2 and the symbol exists, phiguard compiles for AVX2 and scans with that.
enum ScanEntryPoint {
    typealias ScanFunction = @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>?, UInt32, UInt32, OpaquePointer?, match_event_handler?, UnsafeMutableRawPointer?
    ) -> hs_error_t

    /// The platform databases are compiled for: the host's, without AVX-512 when the AVX2 scan is used.
    static let platform: hs_platform_info_t = {
        var info = hs_platform_info_t()
        _ = hs_populate_platform(&info)
        if avx2Scan != nil { info.cpu_features &= ~UInt64(HS_CPU_FEATURES_AVX512 | HS_CPU_FEATURES_AVX512VBMI) }
        return info
    }()

    private static let avx2Scan: ScanFunction? = {
        var info = hs_platform_info_t()
        guard hs_populate_platform(&info) == HS_SUCCESS, info.cpu_features & UInt64(HS_CPU_FEATURES_AVX2) != 0,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "avx2_hs_scan")
        else { return nil }
        return unsafeBitCast(symbol, to: ScanFunction.self)
    }()

    static func scan(
        _ database: OpaquePointer?, _ data: UnsafePointer<CChar>?, _ length: UInt32, _ flags: UInt32,
        _ scratch: OpaquePointer?, _ handler: match_event_handler?, _ context: UnsafeMutableRawPointer?
    ) -> hs_error_t {
        if let avx2Scan { return avx2Scan(database, data, length, flags, scratch, handler, context) }
        return hs_scan(database, data, length, flags, scratch, handler, context)
    }
}
