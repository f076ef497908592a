import PermitCore

/// The field-capture page's texts, Chinese and English together; those the
/// script shows are handed to it by key (`scriptTexts`), so it carries no
/// words of its own.
enum CapturePhrases {
    static let title = Bilingual("现场采集", en: "Field capture")
    static let link = Bilingual("现场采集（拍照、录像、纸质文件）", en: "Field capture (photos, videos, paper documents)")
    static let intro = Bilingual(
        "拍摄内容先保存在本机，再自动发送；断网、刷新或关闭页面都不会丢失。全部发送前请勿清除浏览器数据。",
        en: "Captures are saved on this device first, then sent by themselves; a lost connection, a reload or a closed page loses nothing. Do not clear the browser's data until all are sent."
    )
    static let backToCase = Bilingual("返回案件", en: "Back to the case")
    static let noNodes = Bilingual("本案没有需要拍照、录像或纸质文件的待办节点。", en: "No open node of this case takes photos, videos or paper documents.")
    static let label = Bilingual("说明（可选，用于之后拍摄的各项）", en: "Caption (optional, for what you capture next)")
    static let labelPlaceholder = Bilingual("如：设备铭牌", en: "e.g. equipment nameplate")
    static let noScript = Bilingual(
        "浏览器未启用 JavaScript：请用各节点下方的表单逐个上传文件，上传完成前请勿离开页面。",
        en: "JavaScript is off: upload files one at a time with the form under each node, and stay on the page until each is sent."
    )
    static let photoSubject = Bilingual("照片内容", en: "What the photo shows")
    static let photoSubjectNone = Bilingual("（不属于清单）", en: "(not on the checklist)")
    static let device = Bilingual("设备名称（设备铭牌、计量标识照片填写）", en: "Device (for a nameplate or metrology label)")
    static let kind = Bilingual("记录类型", en: "Kind of record")
    static let file = Bilingual("文件", en: "File")
    static let send = Bilingual("上传并记录", en: "Upload and record")
    static let photosMissing = Bilingual("尚缺照片", en: "Photos still missing")
    static let loading = Bilingual("正在准备……如长时间无反应，请刷新页面。", en: "Getting ready… If nothing happens, reload the page.")
    static let otherCaptures = Bilingual("其他待发送的拍摄", en: "Other captures waiting to be sent")
    static let queue = Bilingual("本节点的拍摄", en: "Captures for this node")

    static func button(_ form: RecordForm, picking: Bool) -> Bilingual {
        switch (form, picking) {
        case (.photo, false): Bilingual("拍照", en: "Take a photo")
        case (.video, false): Bilingual("录像", en: "Record a video")
        case (.scan, false): Bilingual("拍摄纸质文件", en: "Photograph a document")
        case (_, true): Bilingual("选择文件", en: "Choose a file")
        case (.text, false): Bilingual("文字", en: "Text")
        }
    }

    /// The page writes these once; the script again when a record is made.
    static let recordsOne = Bilingual("已有 1 条记录", en: "1 record so far")
    static let recordsMany = Bilingual("已有 {n} 条记录", en: "{n} records so far")

    static func recordsSoFar(_ count: Int) -> Bilingual {
        let text = count == 1 ? recordsOne : recordsMany
        return Bilingual(text.zhHans.replacing("{n}", with: String(count)), en: text.en.replacing("{n}", with: String(count)))
    }

    /// What the script shows, by key; `{n}`, `{p}`, `{s}`, `{detail}` and
    /// `{user}` are filled in by the script.
    static let scriptTexts: [(String, Bilingual)] = [
        ("saving", Bilingual("正在保存到本机……", en: "Saving on this device…")),
        ("deviceNeeded", Bilingual("设备铭牌、计量标识的照片请先填写设备名称。", en: "Name the device before photographing its nameplate or metrology label.")),
        ("waiting", Bilingual("已保存在本机，等待发送", en: "Saved on this device, waiting to be sent")),
        ("sending", Bilingual("发送中 {p}%", en: "Sending {p}%")),
        ("recording", Bilingual("已发送，正在记录……", en: "Sent, recording…")),
        ("recorded", Bilingual("已记录", en: "Recorded")),
        ("retryIn", Bilingual("{detail}；{s} 秒后自动重试", en: "{detail}; trying again in {s} s")),
        ("failed", Bilingual("未能记录：{detail}", en: "Not recorded: {detail}")),
        ("networkError", Bilingual("网络不通", en: "No connection")),
        ("serverError", Bilingual("服务器暂时无法处理", en: "The server could not handle it just now")),
        ("offline", Bilingual("离线：拍摄内容已保存在本机，联网后自动发送", en: "Offline: captures are kept on this device and sent once back online")),
        ("online", Bilingual("在线", en: "Online")),
        ("pending", Bilingual("{n} 项待发送，请保持本页打开", en: "{n} waiting to be sent; keep this page open")),
        ("refused", Bilingual("{n} 项未能记录，原因见该项；可保存副本后删除", en: "{n} not recorded; see why at each, save a copy, then remove it")),
        ("allSent", Bilingual("没有待发送的拍摄", en: "Nothing waiting to be sent")),
        ("signIn", Bilingual("登录已过期，拍摄内容仍保存在本机。请重新登录，回到本页后继续发送。", en: "Your sign-in has expired; the captures are still kept on this device. Sign in again and come back to this page to send them.")),
        ("signInLink", Bilingual("重新登录", en: "Sign in again")),
        ("reload", Bilingual("页面已过期，请刷新本页（拍摄内容仍保存在本机）。", en: "This page has expired; reload it (the captures are still kept on this device).")),
        ("otherUser", Bilingual("由 {user} 拍摄，需其本人登录后发送", en: "Captured by {user}; sent once they sign in")),
        ("notSaved", Bilingual("未能保存到本机（存储空间不足？），请保持本页打开直至发送完成", en: "Could not be saved on this device (storage full?); keep this page open until it is sent")),
        ("noStorage", Bilingual("此浏览器无法在本机保存拍摄内容（可能是无痕模式），刷新或关闭页面会丢失未发送的内容。", en: "This browser cannot keep captures on the device (private mode?); unsent captures are lost on a reload or when the page is closed.")),
        ("emptyFile", Bilingual("文件为空，未保存", en: "The file is empty; not kept")),
        ("retry", Bilingual("重试", en: "Try again")),
        ("discard", Bilingual("删除", en: "Remove")),
        ("confirmDiscard", Bilingual("确定删除这项拍摄？未发送的内容删除后无法恢复。", en: "Remove this capture? What has not been sent cannot be recovered.")),
        ("saveCopy", Bilingual("保存副本到手机", en: "Save a copy on the phone")),
        ("case", Bilingual("案件", en: "Case")),
        ("recordsOne", recordsOne),
        ("recordsMany", recordsMany),
        // The missing records as the case page words them (`CasePhrases.requirements`).
        ("missing", CasePhrases.missing),
        ("separator", Bilingual("、", en: ", ")),
        ("either", Bilingual("或", en: " or ")),
        ("text", RecordForm.text.name),
        ("photo", RecordForm.photo.name),
        ("video", RecordForm.video.name),
        ("scan", RecordForm.scan.name),
    ]
}
