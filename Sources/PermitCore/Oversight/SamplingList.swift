/// 抽样检验产品和生产企业名单 — the yearly list of sampled products and
/// their enterprises that districts report to the city bureau (第四十五条).
public enum SamplingList {
    public static let csvHeader =
        "caseNumber,sampledOn,district,creditCode,enterprise,product,model,batch,grounds,laboratory,sentOn,sentLate,reportNumber,result"

    /// One line per sampling; a result is `passed`, `failed` or empty while
    /// the lab has not reported, grounds are their keys joined by `;`.
    public static func csv(_ samplings: [Sampling]) -> String {
        let lines = samplings.map { sampling in
            [
                sampling.caseNumber.description, sampling.sampledOn.description, sampling.district.rawValue, sampling.creditCode.rawValue,
                SupervisionPlan.csvField(sampling.enterpriseName), SupervisionPlan.csvField(sampling.slip.product),
                SupervisionPlan.csvField(sampling.slip.model), SupervisionPlan.csvField(sampling.slip.batch),
                sampling.grounds.map(\.rawValue).joined(separator: ";"), SupervisionPlan.csvField(sampling.laboratoryName ?? ""),
                sampling.sentOn?.description ?? "", sampling.sentLate ? "true" : "false", SupervisionPlan.csvField(sampling.report?.number ?? ""),
                sampling.report.map { $0.passed ? "passed" : "failed" } ?? "",
            ].joined(separator: ",")
        }
        return ([csvHeader] + lines).map { $0 + "\n" }.joined()
    }
}
