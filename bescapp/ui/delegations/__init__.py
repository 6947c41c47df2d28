"""The Delegations workspace: both lists in protocol order, people, agencies, import, export."""
