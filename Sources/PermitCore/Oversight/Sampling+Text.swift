/// The written records of a sampling case, as kept on its nodes and printed.
extension Sampling {
    public var groundsText: String { Self.groundsText(grounds, note: groundNote) }

    public static func groundsText(_ grounds: [SamplingGround], note: String) -> String {
        var text = "抽样依据（第四十五条）：" + grounds.map(\.name.zhHans).joined(separator: "；")
        if !note.isEmpty { text += "\n说明：\(note)" }
        return text
    }

    public var slipText: String {
        [
            "抽样单", "抽样日期：\(sampledOn)", "产品名称：\(slip.product)", "规格型号：\(slip.model)", "生产批号：\(slip.batch)",
            "抽样数量及基数：\(slip.quantity)", "抽样地点：\(slip.sampledFrom.name.zhHans)", "随机抽取方式：\(slip.randomMethod)", "封样：\(slip.seal)",
            "寄送期限：\(dispatchDue) 前寄送至有资质的许可证检验机构（7日内，第四十七条）", SamplingRules.noFee.zhHans,
        ].joined(separator: "\n")
    }

    public var dispatchText: String {
        var text = "检验机构：\(laboratoryName ?? "")（\(laboratoryCode?.rawValue ?? "")）\n寄送日期：\(sentOn?.description ?? "")"
        if sentLate { text += "\n逾期：超过抽样后7日的寄送期限（应于 \(dispatchDue) 前寄送）" }
        return text
    }

    public var reportText: String {
        guard let report else { return "" }
        return [
            "检验报告编号：\(report.number)", "报告日期：\(report.issuedOn)", "份数：一式\(report.copies)份", "检验结论：\(report.passed ? "合格" : "不合格")",
            "主要情况：\(report.summary)", SamplingRules.noFee.zhHans,
        ].joined(separator: "\n")
    }
}
