import PermitCore
import Vapor

/// Cases (案件), their nodes and the process definitions, as pages and as
/// the API. The process flow is public (REC-12).
enum CaseURL: SiteURL {
    case cases
    case `case`(Parameter<String>)
    /// A page form on a node: record, exempt, not applicable, complete.
    case nodeAction(Parameter<String>, node: Parameter<NodeKey>, action: Parameter<String>)
    case processes
    case process(Parameter<ProcessID>)
    case flowChart(Parameter<ProcessID>)
    case api(API)

    enum API: Sendable {
        case cases
        case `case`(Parameter<String>)
        case records(Parameter<String>, node: Parameter<NodeKey>)
        case exemptions(Parameter<String>, node: Parameter<NodeKey>)
        case notApplicable(Parameter<String>, node: Parameter<NodeKey>)
        case complete(Parameter<String>, node: Parameter<NodeKey>)
        case pauseClock(Parameter<String>)
        case resumeClock(Parameter<String>)
        case worklist
        case processes
        case process(Parameter<ProcessID>)
        case versions(Parameter<ProcessID>)
        case agencies

        var segments: [PathSegment] {
            switch self {
            case .cases: ["cases"]
            case .case(let number): ["cases", .parameter("number", number)]
            case .records(let number, let node): Self.node(number, node) + ["records"]
            case .exemptions(let number, let node): Self.node(number, node) + ["exemptions"]
            case .notApplicable(let number, let node): Self.node(number, node) + ["not-applicable"]
            case .complete(let number, let node): Self.node(number, node) + ["complete"]
            case .pauseClock(let number): ["cases", .parameter("number", number), "clock", "pause"]
            case .resumeClock(let number): ["cases", .parameter("number", number), "clock", "resume"]
            case .worklist: ["worklist"]
            case .processes: ["processes"]
            case .process(let id): ["processes", .parameter("process", id)]
            case .versions(let id): ["processes", .parameter("process", id), "versions"]
            case .agencies: ["agencies"]
            }
        }

        private static func node(_ number: Parameter<String>, _ node: Parameter<NodeKey>) -> [PathSegment] {
            ["cases", .parameter("number", number), "nodes", .parameter("node", node)]
        }
    }

    var segments: [PathSegment] {
        switch self {
        case .cases: ["cases"]
        case .case(let number): ["cases", .parameter("number", number)]
        case .nodeAction(let number, let node, let action):
            ["cases", .parameter("number", number), "nodes", .parameter("node", node), .parameter("action", action)]
        case .processes: ["processes"]
        case .process(let id): ["processes", .parameter("process", id)]
        case .flowChart(let id): ["processes", .parameter("process", id), "flow.svg"]
        case .api(let api): ["api", "v1"] + api.segments
        }
    }
}
