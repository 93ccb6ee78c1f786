"""The file argument of numpy's I/O functions: a file name (str or
os.PathLike), which they open and close themselves, or an open file.
(Standard-library modules are imported where used: importing _numpy_lib,
done for any name numpy lacks, must not need them.)"""


class FileArg:
    """`with FileArg(file, mode, has) as f:` gives the open file; a name is
    opened in `mode` and closed at the end, an object with the method
    `has` ('read' or 'write') is used as it is."""

    def __init__(self, file, mode, has):
        import os
        self.owned = not hasattr(file, has)
        if self.owned:
            self.file = open(os.fspath(file), mode)
        else:
            self.file = file

    def hand_over(self):
        """Whether the file was opened here; from now on, closing it is
        the caller's business."""
        owned = self.owned
        self.owned = False
        return owned

    def __enter__(self):
        return self.file

    def __exit__(self, *exc_info):
        if self.owned:
            self.file.close()
        return False
