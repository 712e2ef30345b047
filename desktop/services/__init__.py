"""The application layer shared by the command line and the desktop app."""
