#if canImport(Glibc)
    import Glibc
#endif

/// CPU time of the calling thread: what a case really cost, unlike wall time, which grows with
/// whatever else the machine is running.
public enum ThreadCPUClock {
    public static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
