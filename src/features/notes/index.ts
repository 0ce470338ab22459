// Notes: the classic Notes of a Contact or Lead, listed with inline add and edit. Notes are never deleted here.
export { NotesBlock, type NotesBlockProps } from './notes-block';
