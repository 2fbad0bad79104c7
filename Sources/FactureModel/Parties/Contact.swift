// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A contact point: the seller's (BG-6) or the buyer's (BG-9).
public struct Contact: Sendable {
    /// Contact point: a person's name or a department (BT-41 seller, BT-56 buyer).
    public var name: String?
    /// Contact telephone number (BT-42 seller, BT-57 buyer).
    public var telephone: String?
    /// Contact e-mail address (BT-43 seller, BT-58 buyer).
    public var email: String?

    /// Creates a contact point.
    public init(name: String? = nil, telephone: String? = nil, email: String? = nil) {
        self.name = name
        self.telephone = telephone
        self.email = email
    }
}

extension Contact: Hashable {}

extension Contact: Codable {}
