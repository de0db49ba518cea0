"""The anti-domestic-violence desk (反家暴专席): its queue, the case ledger, a case's page."""
