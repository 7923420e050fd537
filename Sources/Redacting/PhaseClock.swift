import Foundation

/// Phase durations on stderr when `PHIGUARD_PROFILE` is set: where a long input's time goes, for the
/// benchmarks. Durations and phase names only, never text.
public struct PhaseClock {
    private let enabled = ProcessInfo.processInfo.environment["PHIGUARD_PROFILE"] != nil
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    public init() { last = clock.now }

    /// Writes the time since the previous lap (or the start) under `phase`.
    public mutating func lap(_ phase: @autoclosure () -> String) {
        guard enabled else { return }
        let now = clock.now
        let milliseconds = Double((now - last).components.attoseconds) / 1e15 + Double((now - last).components.seconds) * 1000
        FileHandle.standardError.write(Data("phiguard profile: \(phase()) \(String(format: "%.1f", milliseconds)) ms\n".utf8))
        last = now
    }
}
