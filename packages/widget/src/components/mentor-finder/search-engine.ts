// The browse view's search code, imported after the first list has painted: until its index is
// built the list is in name order, the order an empty search gives.
export { createMentorSearch } from '@mentor-finder/matcher';
