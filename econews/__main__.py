from econews.cli import program

program()
