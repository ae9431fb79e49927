export { TeamsLockInContent as Content } from './TeamsLockInContent';
