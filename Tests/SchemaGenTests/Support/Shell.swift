import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion and captures what it printed. Built on `posix_spawn` and
/// `waitpid` so that many tests may run programs at once without sharing any process monitor.
enum Shell {
    struct Result: Sendable {
        let status: Int32
        let output: String
        let error: String
    }

    struct Failure: Error, CustomStringConvertible {
        let command: String
        let result: Result
        var description: String { "`\(command)` exited with \(result.status):\n\(result.error)\(result.output)" }
    }

    /// Pipes are made close-on-exec and programs spawned under this lock, so that no program
    /// started by another test inherits a pipe and keeps it open.
    private static let spawnLock = NSLock()

    /// Runs `executable` with `arguments` and empty standard input. Throws when it exits
    /// non-zero, unless `check` is false. `started` receives the process id, for a test that
    /// stops the program half-way.
    @discardableResult
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], check: Bool = true,
        started: (pid_t) -> Void = { _ in }
    ) throws -> Result {
        var outputPipe: [Int32] = [0, 0]
        var errorPipe: [Int32] = [0, 0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = try spawnLock.withLock {
            guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
            for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
            return posix_spawn(&pid, executable, &actions, nil, argv, envp)
        }
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            throw POSIXError(.init(rawValue: spawned) ?? .EIO)
        }
        started(pid)
        // Drain standard error on another thread so that neither pipe can fill up and block.
        let errorDescriptor = errorPipe[0]
        let errorText = Background { readToEnd(errorDescriptor) }
        let output = readToEnd(outputPipe[0])
        let error = try errorText.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let result = Result(status: exitCode, output: output, error: error)
        if check, result.status != 0 {
            throw Failure(command: ([executable] + arguments).joined(separator: " "), result: result)
        }
        return result
    }

    /// Reads a descriptor to its end and closes it.
    private static func readToEnd(_ descriptor: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                data += buffer[..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(descriptor)
        return String(decoding: data, as: UTF8.self)
    }
}
