"""From strategy to local action: onboarding, action-plan drafts, how a team's work fits, and
the strategy owners' report. Features of the core, reached from every surface."""
