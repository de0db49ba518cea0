"""The anti-domestic-violence desk's rules (反家暴专席): what is asked at intake, how risk is
scored. Pure Python; the checklist itself is data (`db/reference/dv_risk.toml`)."""
