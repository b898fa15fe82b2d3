"""The one error type whose message a coach reads."""


class UserError(Exception):
    """A problem the coach can fix: the message says, in Dutch, what is wrong and what to do.

    The GUI shows it in a dialog, the command line prints it and exits with status 1.
    Tracebacks of any other exception go to the log only.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
