"""Meeting packages in the window: Send package…, Open package…, the review."""
