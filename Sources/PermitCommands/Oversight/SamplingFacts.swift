import Foundation
import PermitCore
import PermitStore

/// A failed supervision test is a quality fact of the enterprise
/// (第三十二条, 第三十三条: 产品质量监督抽查不合格 → C, SUP-6), recorded
/// through the classification capability's command in the report's own
/// write, so the report and the fact stand or fall together. `finding`,
/// not `fact`: the report command has already decided who may file it (the
/// testing agency's own user among them), and `fact` would refuse the lab.
enum SamplingFacts {
    static func recordFailure(_ sampling: Sampling, in transaction: WriteTransaction, context: CommandContext) async throws {
        guard let report = sampling.report, !report.passed,
              let enterprise = try await transaction.enterprise(creditCode: sampling.creditCode)
        else { return }
        let draft = QualityFactDraft(
            kind: "failed-sampling", qualifier: "district", occurredOn: report.issuedOn.description,
            description: "监督检验不合格：\(sampling.slip.product)（\(sampling.slip.model)，批号 \(sampling.slip.batch)），检验报告 \(report.number)",
            source: sampling.caseNumber.description
        )
        let fact = try QualityFactCommands.finding(draft, about: enterprise, in: context)
        try await transaction.record(fact, by: context.actor.reference, at: context.now)
    }
}
