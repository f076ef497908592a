import PermitCommands
import PermitCore
import PermitStore
import Vapor

extension UploadError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFound:
            Problem(kind: .notFound, detail: Bilingual("没有这个上传。", en: "There is no such upload."))
        case .offsetMismatch(let expected):
            Problem(kind: .conflict, detail: Bilingual(
                "续传位置不符：服务器已确认收到 \(expected) 字节，请从该位置继续。",
                en: "Wrong offset: the server has acknowledged \(expected) bytes; continue from there."
            ))
        case .tooLong(let length):
            Problem(kind: .payloadTooLarge, detail: Bilingual(
                "文件超过允许的大小（\(length) 字节）。", en: "The file exceeds the allowed size (\(length) bytes)."
            ))
        case .checksumMismatch:
            Problem(kind: .checksumMismatch, detail: Bilingual(
                "本段数据的校验值不符，未予保存，请重新发送本段。", en: "The chunk's checksum does not match; it was not kept. Send it again."
            ))
        case .busy:
            Problem(kind: .conflict, detail: Bilingual(
                "该上传正在另一连接中续传，请稍后再试。", en: "The upload is being continued on another connection; try again shortly."
            ))
        case .alreadyComplete:
            Problem(kind: .forbidden, detail: Bilingual(
                "上传已完成：原始记录不得删除或覆盖。", en: "The upload is complete: original records are never deleted or overwritten."
            ))
        case .system:
            Problem(kind: .internalError, detail: .failure)
        }
    }
}

extension TusHeaderError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .missing(let name):
            Problem(kind: .badRequest, detail: Bilingual("缺少请求头 \(name)。", en: "The \(name) header is missing."))
        case .invalid(let name):
            Problem(kind: .badRequest, detail: Bilingual("请求头 \(name) 格式不正确。", en: "The \(name) header is malformed."))
        case .unsupportedVersion:
            Problem(kind: .preconditionFailed, detail: Bilingual(
                "仅支持 tus \(TusProtocol.version)（请求头 Tus-Resumable）。", en: "Only tus \(TusProtocol.version) is supported (Tus-Resumable header)."
            ))
        case .unsupportedChecksum:
            Problem(kind: .badRequest, detail: Bilingual(
                "不支持该校验算法，可用 sha1 或 sha256。", en: "Unsupported checksum algorithm; use sha1 or sha256."
            ))
        }
    }
}

extension EvidenceRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .uploadUnfinished(let received, let length):
            return Problem(kind: .conflict, detail: Bilingual(
                "上传尚未完成（已收到 \(received) / \(length) 字节），完成后才能记录。",
                en: "The upload is unfinished (\(received) of \(length) bytes received); record it once it is complete."
            ))
        case .wrongContent(let form, let mediaType):
            return Problem(kind: .invalidInput, detail: Bilingual(
                "文件内容为 \(mediaType)，不能作为“\(form.name.zhHans)”记录。", en: "The file is \(mediaType), which cannot be recorded as a \(form.name.en)."
            ))
        case .photosMissing(let node, let shortfalls):
            let name = CasePhrases.nodeName(node)
            return Problem(kind: .conflict, detail: Bilingual(
                "节点“\(name.zhHans)”的照片尚不齐全：" + shortfalls.map(\.message.zhHans).joined(separator: "；") + "。",
                en: "Node \"\(name.en)\" still lacks photos: " + shortfalls.map(\.message.en).joined(separator: "; ") + "."
            ), missing: shortfalls.map { "photo:\($0.item)" })
        case .ownRecord:
            return Problem(kind: .conflict, detail: Bilingual(
                "不能审核自己上传的记录，请由审查机构其他人员审核。", en: "You cannot review a record you made; another reviewer of the agency must."
            ))
        case .noOnSiteCheck:
            return Problem(kind: .conflict, detail: Bilingual(
                "只有后置现场审查案件有现场核查可填写。", en: "Only a post-licence on-site review has an on-site check to state."
            ))
        case .noStatements:
            return Problem(kind: .conflict, detail: Bilingual(
                "只有现场核查各环节的视频有应说明事项可标注。", en: "Only the videos of the on-site check's steps have statements to mark."
            ))
        case .notAudioVisual:
            return Problem(kind: .conflict, detail: Bilingual(
                "审查机构只审核照片和视频记录。", en: "The review agency reviews photo and video records only."
            ))
        }
    }
}
