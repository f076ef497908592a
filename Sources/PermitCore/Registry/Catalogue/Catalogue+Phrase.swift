extension IssuingLevel {
    public var phrase: Phrase {
        switch self {
        case .national: .issuingNational
        case .provincial: .issuingProvincial
        }
    }
}

extension ProductRiskLevel {
    public var phrase: Phrase {
        switch self {
        case .high: .riskHigh
        case .higher: .riskHigher
        case .general: .riskGeneral
        }
    }
}
