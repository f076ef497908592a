import PermitCore
import PermitStore
import Vapor

/// A refusal by the access policy, carried to the error middleware.
struct AccessDenied: Error {
    let denial: AccessPolicy.Denial
}

/// Asks `AccessPolicy` before any handler runs. A route with no rule is
/// refused to everyone: forgetting a rule must fail closed.
struct AccessGuardMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        do {
            try check(request)
        } catch {
            return request.eventLoop.makeFailedFuture(error)
        }
        return next.respond(to: request)
    }

    private func check(_ request: Request) throws {
        guard let route = request.route, !route.isPublic else { return }
        // Signing in comes first, so an anonymous caller learns nothing about
        // which district codes or rules exist.
        guard let user = request.actor.user else { throw AccessDenied(denial: .notSignedIn) }
        guard case .requires(let action, let scope) = route.rule else {
            request.logger.error("route has no access rule", metadata: ["route": "\(route.pattern)"])
            throw AccessDenied(denial: .roleNotPermitted(user.role))
        }
        let resource: Resource
        switch scope {
        case .installation:
            resource = .installation
        case .district(let parameter):
            guard let code = request.parameters.get(parameter).flatMap(DistrictCode.init(rawValue:)) else {
                throw Abort(.notFound)
            }
            resource = .district(code)
        }
        if case .deny(let denial) = AccessPolicy.decide(request.actor, action, on: resource) {
            throw AccessDenied(denial: denial)
        }
    }
}
