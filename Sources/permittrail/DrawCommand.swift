import ArgumentParser
import Foundation
import PermitCore
import PermitLedger

/// 双随机一公开 (double random, one public) draws re-run offline: nothing
/// here opens the database, so an enterprise or a journalist can check a
/// published draw on their own machine.
struct DrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Re-run random-inspection draws offline (RFC 3797).",
        subcommands: [Selection.self, Verify.self]
    )

    struct Selection: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rfc3797",
            abstract: "Print the pool positions RFC 3797 selects, one per line, in selection order.",
            discussion: """
            Each SOURCE is one random source, in the published order: a set of whole numbers separated by spaces or commas \
            (sorted by value, leading zeros dropped: "2 5 12 8 10" is 2.5.8.10.12./), or a string (letters and digits kept, \
            ASCII letters upper-cased: "ab12-cd" is AB12CD/). A tier of a published draw is re-run by adding "tier <tier>" as \
            the last SOURCE, an enterprise's inspectors by adding "match <credit code>" with --pool the number of candidates.
            """
        )
        @Option(help: "Pool size: the entries are numbered 1…N.") var pool: Int
        @Option(help: "How many entries to select.") var count: Int
        @Flag(help: "Print the key string and every step (index, MD5, divisor, remainder, selected) instead.") var steps = false
        @Argument(help: "The random sources, in their published order.") var sources: [String] = []

        func run() throws {
            let (key, selection) = try DrawCLI.select(count: count, pool: pool, sources: sources)
            guard steps else {
                for step in selection { print(step.selected) }
                return
            }
            print("key: \(key)")
            print("index  MD5                               divisor  remainder  selected")
            for step in selection { print(DrawCLI.row(step)) }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-run a published draw file (as the public page offers it) and compare every step.",
            discussion: "Prints OK or FAIL: <reason>; exits 0 if OK, 1 if the draw differs, 2 if the file cannot be read or parsed."
        )
        @Argument(help: "The published draw (JSON).") var file: String

        func run() throws {
            let outcome = DrawCLI.verify(FileManager.default.contents(atPath: file))
            print(outcome.line)
            if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
        }
    }
}

/// What the draw commands compute, apart from argument parsing and printing.
enum DrawCLI {
    /// The key string and the steps for the sources as given on the command line.
    static func select(count: Int, pool: Int, sources: [String]) throws -> (key: String, steps: [RFC3797Step]) {
        do {
            var parsed: [RFC3797Source] = []
            for source in sources { parsed.append(try RFC3797Source(parsing: source)) }
            let key = try RFC3797.keyString(parsed)
            return (key, try RFC3797.select(count: count, fromPoolOf: pool, key: key))
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// One row of the RFC's table.
    static func row(_ step: RFC3797Step) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }
        return "\(padded(step.index, 5))  \(step.md5)  \(padded(step.divisor, 7))  \(padded(step.remainder, 9))  \(padded(step.selected, 8))"
    }

    /// The verdict on a published draw file's bytes (nil: the file could not be read).
    static func verify(_ data: Data?) -> VerificationOutcome {
        guard let data else { return .unreadable("cannot read file") }
        let draw: PublishedDraw
        do { draw = try PublishedDraw(jsonData: data) } catch { return .unreadable("cannot parse: \(describe(error))") }
        switch draw.verify() {
        case .ok: return .ok
        case .failed(let discrepancy): return .failed(discrepancy.description)
        }
    }

    /// A decoding error in a line, naming the field rather than dumping the context.
    private static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context): return "missing \(path(context)).\(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected value at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "invalid value at \(path(context)): \(context.debugDescription)"
        default: return "\(error)"
        }
    }
}
