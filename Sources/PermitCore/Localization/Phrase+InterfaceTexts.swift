extension Phrase {
    /// Sign-in, navigation, home pages, roles and the account and district pages.
    static let interfaceTexts: [Phrase: Translation] = [
        .appName: .init(zhHans: "PermitTrail 工业产品生产许可全过程管理",
                    en: "PermitTrail — industrial product licensing"),
        .bureauName: .init(zhHans: "市场监督管理局",
                    en: "Administration for Market Regulation"),
        .footerNote: .init(zhHans: "每一步均记录在案，不可篡改。",
                    en: "Every step is recorded and cannot be altered."),
        .footerDisclosures: .init(zhHans: "网站公示", en: "Public disclosures"),
        .footerBlacklist: .init(zhHans: "质量信用黑名单", en: "Quality blacklist"),
        .footerInspectionPlans: .init(zhHans: "双随机一公开", en: "Random inspections"),
        .footerLedger: .init(zhHans: "公开账本", en: "Public ledger"),
        .languageSwitch: .init(zhHans: "English",
                    en: "中文"),
        .navHome: .init(zhHans: "工作台",
                    en: "Workbench"),
        .navUsers: .init(zhHans: "用户管理",
                    en: "Users"),
        .navDistricts: .init(zhHans: "辖区管理",
                    en: "Districts"),
        .navLogout: .init(zhHans: "退出登录",
                    en: "Sign out"),
        .navLogin: .init(zhHans: "登录",
                    en: "Sign in"),
        .skipToContent: .init(zhHans: "跳到正文",
                    en: "Skip to content"),
        .loginTitle: .init(zhHans: "登录",
                    en: "Sign in"),
        .loginUsername: .init(zhHans: "用户名",
                    en: "Username"),
        .loginPassword: .init(zhHans: "密码",
                    en: "Password"),
        .loginSubmit: .init(zhHans: "登录",
                    en: "Sign in"),
        .loginHint: .init(zhHans: "请使用单位分配的账号登录。",
                    en: "Sign in with the account your organisation gave you."),
        .loggedOut: .init(zhHans: "您已退出登录。",
                    en: "You have signed out."),
        .homeTitle: .init(zhHans: "工作台",
                    en: "Workbench"),
        .homeRole: .init(zhHans: "角色",
                    en: "Role"),
        .homeDistrict: .init(zhHans: "辖区",
                    en: "District"),
        .homeWorklist: .init(zhHans: "待办事项",
                    en: "To do"),
        .homeWorklistEmpty: .init(zhHans: "暂无待办事项。",
                    en: "Nothing to do."),
        .enterprisesPrevious: .init(zhHans: "上一页", en: "Previous"),
        .enterprisesNext: .init(zhHans: "下一页", en: "Next"),
        .enterprisesExpired: .init(zhHans: "已过有效期", en: "expired"),
        .homeNoticesTitle: .init(zhHans: "其他辖区对本辖区企业的变更",
                    en: "Changes by others to enterprises of your district"),
        .homeNoticesEmpty: .init(zhHans: "暂无其他辖区的变更。",
                    en: "No changes by others."),
        .noticePartRegistration: .init(zhHans: "登记信息", en: "the registration"),
        .noticePartContact: .init(zhHans: "联系电话或许可证", en: "the phone or licences"),
        .homeIntroCityOfficer: .init(zhHans: "全市许可审批、证后监督与各区工作的总览。",
                    en: "Overview of licensing, post-license supervision and the work of every district."),
        .homeIntroDistrictOfficer: .init(zhHans: "本辖区的许可受理、证后监督与“双随机、一公开”检查。",
                    en: "Licensing, post-license supervision and random inspections in your district."),
        .homeIntroInspector: .init(zhHans: "分派给您的现场检查任务。",
                    en: "On-site inspections assigned to you."),
        .homeIntroReviewer: .init(zhHans: "分派给本机构的技术审查与现场核查任务。",
                    en: "Technical reviews and on-site checks assigned to your agency."),
        .homeIntroEnterprise: .init(zhHans: "本企业的许可申请、证书与监督检查记录。",
                    en: "Your enterprise's applications, certificates and inspection records."),
        .homeIntroTestingAgency: .init(zhHans: "本机构的资质认定申请与证书。",
                    en: "Your agency's qualification applications and certificates."),
        .homeIntroAuditor: .init(zhHans: "只读查看案件、台账与全过程记录。",
                    en: "Read-only view of cases, the ledger and all records."),
        .roleCityOfficer: .init(zhHans: "市局工作人员",
                    en: "City bureau officer"),
        .roleDistrictOfficer: .init(zhHans: "区/县局工作人员",
                    en: "District bureau officer"),
        .roleInspector: .init(zhHans: "执法人员",
                    en: "Inspector"),
        .roleReviewer: .init(zhHans: "审查机构人员",
                    en: "Review agency reviewer"),
        .roleEnterprise: .init(zhHans: "企业用户",
                    en: "Enterprise user"),
        .roleTestingAgency: .init(zhHans: "检验检测机构人员",
                    en: "Testing agency user"),
        .roleAuditor: .init(zhHans: "审计人员（只读）",
                    en: "Auditor (read-only)"),
        .levelCity: .init(zhHans: "市局",
                    en: "City bureau"),
        .levelDistrict: .init(zhHans: "区/县局",
                    en: "District bureau"),
        .none: .init(zhHans: "（无）",
                    en: "(none)"),
        .usersTitle: .init(zhHans: "用户管理",
                    en: "Users"),
        .usersUsername: .init(zhHans: "用户名",
                    en: "Username"),
        .usersDisplayName: .init(zhHans: "姓名",
                    en: "Name"),
        .usersRole: .init(zhHans: "角色",
                    en: "Role"),
        .usersDistrict: .init(zhHans: "辖区",
                    en: "District"),
        .usersStatus: .init(zhHans: "状态",
                    en: "Status"),
        .usersActive: .init(zhHans: "启用",
                    en: "Active"),
        .usersInactive: .init(zhHans: "已停用",
                    en: "Disabled"),
        .usersDisable: .init(zhHans: "停用",
                    en: "Disable"),
        .usersCreateTitle: .init(zhHans: "新建用户",
                    en: "New user"),
        .usersPassword: .init(zhHans: "初始密码（至少 10 个字符）",
                    en: "Initial password (at least 10 characters)"),
        .usersCreateSubmit: .init(zhHans: "创建用户",
                    en: "Create user"),
        .usersOrganisation: .init(zhHans: "所属单位统一社会信用代码", en: "Organisation's credit code"),
        .usersOrganisationHint: .init(zhHans: "企业用户、检验检测机构人员和审查机构人员填写", en: "for enterprise, testing-agency and review-agency accounts"),
        .homeOwnEnterprise: .init(zhHans: "本企业", en: "Your enterprise"),
        .homeOwnEnterpriseMissing: .init(zhHans: "尚未关联企业，请联系市场监管部门核对所属单位的统一社会信用代码。",
                    en: "No enterprise is linked yet; ask the bureau to check your organisation's credit code."),
        .usersEnable: .init(zhHans: "重新启用", en: "Enable"),
        .usersResetPassword: .init(zhHans: "重置密码", en: "Reset password"),
        .usersResetPasswordHint: .init(zhHans: "临时密码（至少 10 个字符），用户下次登录须先修改",
                    en: "Temporary password (10 characters or more); the user must change it at the next sign-in"),
        .usersMustChange: .init(zhHans: "须修改密码", en: "must change password"),
        .accountPasswordTitle: .init(zhHans: "修改密码", en: "Change password"),
        .accountPasswordHint: .init(zhHans: "新密码至少 10 个字符。修改后其他设备上的登录将失效。",
                    en: "The new password needs 10 characters or more. Sign-ins on other devices end when it changes."),
        .accountPasswordRequired: .init(zhHans: "管理员已重置您的密码，请先设置自己的新密码。",
                    en: "An administrator reset your password; choose a new one of your own first."),
        .accountCurrentPassword: .init(zhHans: "当前密码", en: "Current password"),
        .accountNewPassword: .init(zhHans: "新密码", en: "New password"),
        .accountPasswordSubmit: .init(zhHans: "修改密码", en: "Change password"),
        .accountPasswordChanged: .init(zhHans: "密码已修改。", en: "Your password is changed."),
        .navAccount: .init(zhHans: "修改密码", en: "Password"),
        .districtsRename: .init(zhHans: "改名", en: "Rename"),
        .calendarLoadTitle: .init(zhHans: "录入新年度节假日安排", en: "Load a year's holiday arrangement"),
        .calendarLoadHint: .init(zhHans: "按国务院办公厅通知逐行录入：“year 2027”、“notice 通知文号”，其后每天一行“日期 holiday（放假）或 workday（调休上班） 节日名称”。",
                    en: "Enter the State Council notice line by line: \"year 2027\", \"notice <reference>\", then one line per day: \"date holiday|workday name\"."),
        .calendarLoadSubmit: .init(zhHans: "录入", en: "Load"),
        .calendarReviseHint: .init(zhHans: "更正将作为新的修订记入账本，原安排仍保留在账本中可查。",
                    en: "A correction is ledgered as a new revision; the earlier arrangement stays in the ledger."),
        .calendarReviseSubmit: .init(zhHans: "保存更正", en: "Save correction"),
        .usersLocksTitle: .init(zhHans: "登录限制",
                    en: "Sign-in delays"),
        .usersLocksHint: .init(zhHans: "连续输错密码的账号和地址须等待一段时间再试，等待时间逐次加倍，最长 15 分钟；在本人曾登录过的浏览器上不受他人输错影响。",
                    en: "Accounts and addresses with repeated wrong passwords wait before trying again, twice as long each time, up to 15 minutes; a browser the owner signed in from before is not held up by others' mistakes."),
        .usersLocksEmpty: .init(zhHans: "当前没有被限制的账号或地址。",
                    en: "No account or address is held up."),
        .usersLockKindAccount: .init(zhHans: "账号", en: "Account"),
        .usersLockKindAddress: .init(zhHans: "地址", en: "Address"),
        .usersLockWho: .init(zhHans: "账号或地址", en: "Account or address"),
        .usersLockFailures: .init(zhHans: "连续失败次数", en: "Failures in a row"),
        .usersLockWait: .init(zhHans: "还需等待", en: "Wait left"),
        .usersLockLift: .init(zhHans: "解除", en: "Lift"),
        .districtsTitle: .init(zhHans: "辖区管理",
                    en: "Districts"),
        .districtsCode: .init(zhHans: "行政区划代码",
                    en: "Division code"),
        .districtsName: .init(zhHans: "名称",
                    en: "Name"),
        .districtsLevel: .init(zhHans: "级别",
                    en: "Level"),
        .districtsCreateTitle: .init(zhHans: "新增辖区",
                    en: "New district"),
        .districtsCreateSubmit: .init(zhHans: "添加辖区",
                    en: "Add district"),
        .errorTitle: .init(zhHans: "出错了",
                    en: "Something went wrong"),
        .errorBackHome: .init(zhHans: "返回工作台",
                    en: "Back to the workbench"),
        .requestId: .init(zhHans: "请求编号",
                    en: "Request ID"),
    ]
}

extension Phrase {
    public static func signedInAs(name: String) -> Bilingual {
        Bilingual("当前用户：\(name)", en: "Signed in as \(name)")
    }

    public static func homeWelcome(name: String) -> Bilingual {
        Bilingual("\(name)，您好", en: "Welcome, \(name)")
    }

    public static func enterprisesTotal(total: Int, first: Int, last: Int) -> Bilingual {
        Bilingual("共 \(total) 家，显示第 \(first)–\(last) 家", en: "\(total) in all, showing \(first)–\(last)")
    }

    /// `actor` is already in the reader's language; the parts are listed the
    /// way each language lists things.
    public static func homeNoticeLine(actor: String, parts: [Bilingual]) -> Bilingual {
        Bilingual("\(actor)修改了\(parts.map(\.zhHans).joined(separator: "、"))",
                  en: "\(actor) changed \(parts.map(\.en).joined(separator: ", "))")
    }

    public static func noticePartSites(district: String) -> Bilingual {
        Bilingual("\(district)的生产地址", en: "the production sites in \(district)")
    }

    public static func usersCreated(name: String) -> Bilingual {
        Bilingual("已创建用户 \(name)。", en: "User \(name) created.")
    }

    public static func usersDisabledNotice(name: String) -> Bilingual {
        Bilingual("已停用用户 \(name)。", en: "User \(name) disabled.")
    }

    public static func usersEnabledNotice(name: String) -> Bilingual {
        Bilingual("已重新启用用户 \(name)。", en: "User \(name) is enabled again.")
    }

    public static func usersPasswordResetNotice(name: String) -> Bilingual {
        Bilingual("已重置 \(name) 的密码，请将临时密码当面或电话告知本人；其下次登录须先修改密码。",
                  en: "The password of \(name) is reset; tell them the temporary password in person or by phone. They must change it at the next sign-in.")
    }

    public static func usersLockLifted(name: String) -> Bilingual {
        Bilingual("已解除 \(name) 的登录限制。", en: "The sign-in delay of \(name) is lifted.")
    }

    public static func districtsCreated(name: String) -> Bilingual {
        Bilingual("已添加辖区 \(name)。", en: "District \(name) added.")
    }

    public static func districtsRenamed(code: String, name: String) -> Bilingual {
        Bilingual("辖区 \(code) 已改名为 \(name)。", en: "District \(code) is now called \(name).")
    }

    public static func calendarReviseTitle(year: Int) -> Bilingual {
        Bilingual("更正 \(year) 年安排", en: "Correct \(year)")
    }

    public static func calendarSaved(year: Int, revision: Int) -> Bilingual {
        Bilingual("已保存 \(year) 年节假日安排（第 \(revision) 版）。", en: "The \(year) arrangement is saved (revision \(revision)).")
    }

    public static func durationSeconds(count: Int) -> Bilingual {
        Bilingual("\(count) 秒", en: "\(count) seconds")
    }

    public static func durationMinutes(count: Int) -> Bilingual {
        Bilingual("\(count) 分钟", en: "\(count) minutes")
    }
}
