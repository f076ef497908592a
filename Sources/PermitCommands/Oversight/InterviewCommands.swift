import Foundation
import PermitCore
import PermitStore

/// 约谈 (SUP-13, 第三十五条): the interview of an enterprise's legal
/// representative or person in charge, recorded in writing as a case of its
/// own, opened, recorded and closed in one write.
public enum InterviewCommands {
    public struct Interview: Sendable {
        public var enterprise: String
        public var team: [String]
        public var interviewee: String?
        public var position: String?
        public var heldOn: String?
        public var time: String?
        public var place: String?
        public var reason: String?
        public var said: String?
        public var required: String?

        public init(
            enterprise: String, team: [String], interviewee: String?, position: String?, heldOn: String?, time: String?, place: String?,
            reason: String?, said: String?, required: String?
        ) {
            self.enterprise = enterprise
            self.team = team
            self.interviewee = interviewee
            self.position = position
            self.heldOn = heldOn
            self.time = time
            self.place = place
            self.reason = reason
            self.said = said
            self.required = required
        }
    }

    public static func record(_ interview: Interview, in context: CommandContext) async throws -> Case {
        let user = try context.requireUser()
        try context.require(.openCases)
        let now = context.now
        let record = try InterviewRecord(
            interviewee: interview.interviewee, position: interview.position, heldOn: interview.heldOn, time: interview.time, place: interview.place,
            reason: interview.reason, said: interview.said, required: interview.required, today: CivilDate(now)
        )
        let (subject, district) = try await OversightSteps.supervised(interview.enterprise, by: user, context: context)
        let team = try await OversightSteps.team(interview.team, district: district, in: context)
        return try await context.store.write { transaction in
            let text = record.text(officials: team.map(\.displayName))
            return try await OversightSteps.open(
                .supervisionInterview, subject: subject, district: district, team: team, basis: text, label: "约谈记录", in: transaction, context: context
            )
        }
    }
}
