/** The parts of a guide's page only a guide of one's own shows, loaded together when one is (OwnGuideSlots.tsx). */
export { OwnGuidePanel } from './OwnGuidePanel';
export { PasteQuestions } from './PasteQuestions';
export { QuestionActions } from './QuestionActions';
