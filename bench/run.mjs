// placeholder: the side-by-side benchmark lands in the next commit
console.error('bench: not implemented yet');
process.exit(1);
