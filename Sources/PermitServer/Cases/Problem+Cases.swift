import PermitCommands
import PermitCore
import Vapor

/// A case's refusal: what is wrong with the case, never a server fault.
extension CaseRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .caseClosed:
            return Problem(kind: .conflict, detail: Bilingual("案件已结案，不能再更改。", en: "The case is closed and can no longer change."))
        case .unknownNode(let key):
            return Problem(kind: .notFound, detail: Bilingual("本流程没有节点“\(key)”。", en: "The process has no node \"\(key)\"."))
        case .nodeSettled(let key, let status):
            let node = CasePhrases.nodeName(key)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(node.zhHans)”已\(CasePhrases.status(status).zhHans)，不能再更改；更正请新增记录。",
                en: "Node \"\(node.en)\" is \(CasePhrases.status(status).en) and can no longer change."
            ))
        case .recordsMissing(let key, let requirements):
            let missing = CasePhrases.requirements(requirements), node = CasePhrases.nodeName(key)
            let audioVisual = requirements.contains(where: \.isAudioVisual)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(node.zhHans)”尚缺记录：\(missing.zhHans)。" + (audioVisual ? "补齐记录，或在不能录音录像时记录书面说明后再完成。" : "补齐记录后再完成。"),
                en: "Node \"\(node.en)\" still lacks: \(missing.en). "
                    + (audioVisual ? "Add them, or record a written statement where recording was impossible." : "Add them first.")
            ), missing: requirements.map(\.description))
        case .waitingFor(let key, let predecessors):
            let node = CasePhrases.nodeName(key), names = predecessors.map(CasePhrases.nodeName)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(node.zhHans)”须在“\(names.map(\.zhHans).joined(separator: "、"))”完成后才能完成：记录环节不得遗漏。",
                en: "Node \"\(node.en)\" can be completed only after \(names.map(\.en).joined(separator: ", ")): no node is skipped."
            ))
        case .notOptional(let key):
            let node = CasePhrases.nodeName(key)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(node.zhHans)”是必经节点，不能标记为不适用。", en: "Node \"\(node.en)\" is mandatory and cannot be marked not applicable."
            ))
        case .nothingToExempt(let key):
            let node = CasePhrases.nodeName(key)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(node.zhHans)”不要求音像记录，无须书面说明。", en: "Node \"\(node.en)\" requires no audio-visual record to exempt."
            ))
        case .alreadyExempted(let key):
            let node = CasePhrases.nodeName(key)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(node.zhHans)”已记录书面说明。", en: "Node \"\(node.en)\" already has a written statement."
            ))
        case .unknownRecord(let id):
            return Problem(kind: .invalidInput, detail: .problemInvalidInputDetail, issues: [FieldIssue(field: "supersedes", problem: .unknownValue(id.description))])
        case .clockAlreadyPaused:
            return Problem(kind: .conflict, detail: Bilingual("计时已暂停。", en: "The clock is already stopped."))
        case .clockNotPaused:
            return Problem(kind: .conflict, detail: Bilingual("计时未暂停。", en: "The clock is running."))
        case .invalid(let issues):
            return Problem(kind: .invalidInput, detail: .problemInvalidInputDetail, issues: issues)
        }
    }
}

extension ProcessRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let problems):
            return Problem(kind: .invalidInput, detail: Bilingual(
                "流程定义有 \(problems.count) 处错误：\(problems.map { "\($0)" }.joined(separator: "；"))",
                en: "The definition has \(problems.count) problems: \(problems.map { "\($0)" }.joined(separator: "; "))"
            ))
        case .versionNotNext(let expected):
            return Problem(kind: .conflict, detail: Bilingual(
                "新版本号应为 \(expected)。", en: "The new version must be \(expected)."
            ))
        }
    }
}

extension AgencyRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .creditCodeTaken(let code):
            return Problem(kind: .conflict, detail: Bilingual(
                "统一社会信用代码 \(code.rawValue) 的机构已登记。", en: "An agency with credit code \(code.rawValue) is registered already."
            ), issues: [FieldIssue(field: "creditCode", problem: .notAllowed)])
        }
    }
}
