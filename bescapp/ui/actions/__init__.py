"""The Action plans workspace: lines of action, status history, the status report."""
