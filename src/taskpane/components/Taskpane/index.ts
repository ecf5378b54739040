export { Taskpane, type TaskpaneProps } from './Taskpane';
