import Foundation
import PermitCore
import PermitStore

extension EvidenceCommands {
    /// The case as someone about to capture evidence for it sees it (the
    /// field-capture page and its token). Only those who may act on the case
    /// get it: whoever may not see the case is told it does not exist, as
    /// everywhere; whoever only follows or reads it is refused, since nothing
    /// they captured could be recorded.
    public static func capture(_ number: String, in context: CommandContext) async throws -> CaseView {
        let view = try await CaseCommands.view(number, in: context)
        guard view.access == .act else { throw CommandError.denied(.roleNotPermitted(try context.requireUser().role)) }
        return view
    }

    /// The nodes a capture can go to: open, and asking for a photo, a video
    /// or a paper document. Text is written on the case page, not captured.
    public static func capturableNodes(of view: CaseView) -> [NodeDefinition] {
        guard !view.case.isClosed else { return [] }
        return view.definition.nodes.filter { node in
            (view.case.node(node.id)?.status ?? .open) == .open && !capturableForms(of: node).isEmpty
        }
    }

    /// The forms of `node` a camera or a file can provide, in the order of
    /// `RecordForm` (scan, photo, video).
    public static func capturableForms(of node: NodeDefinition) -> [RecordForm] {
        let forms = Set(node.requirements.flatMap(\.forms)).subtracting([.text])
        return forms.sorted()
    }
}
